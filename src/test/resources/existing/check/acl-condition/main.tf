variable "writer_account_id" {
  type = string
}

variable "bucket" {
  type    = string
  default = "reports-bucket"
}

resource "aws_s3_bucket" "reports" {
  bucket = var.bucket
}

resource "aws_s3_bucket_ownership_controls" "reports" {
  bucket = aws_s3_bucket.reports.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "AllowReportsWriter",
          "Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::${var.writer_account_id}:role/reports-writer"},
          "Action": "s3:PutObject",
          "Resource": "arn:aws:s3:::${var.bucket}/*",
          "Condition": {"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}}
        }
      ]
    }
  EOT
}

resource "aws_iam_role" "reports" {
  name = "reports-writer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "glue.amazonaws.com" }
    }]
  })
}

resource "aws_iam_policy" "reports_put" {
  name = "reports-put"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:PutObject"]
      Resource = "arn:aws:s3:::${var.bucket}/*"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "reports_put" {
  role       = aws_iam_role.reports.name
  policy_arn = aws_iam_policy.reports_put.arn
}
