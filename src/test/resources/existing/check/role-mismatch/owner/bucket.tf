resource "aws_s3_bucket_policy" "exports" {
  bucket = var.bucket_name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AllowExporter"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${var.writer_account_id}:role/exporter-role" }
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::${var.bucket_name}/exports/*"
    }]
  })
}
