# Hand-written in the style of the generator (jsonencode, variables) for the golden report tests;
# the real generated file is compared in OriginalConversationDiffTest.
resource "aws_s3_bucket" "main" {
  bucket = var.bucket_name
}

resource "aws_s3_bucket_ownership_controls" "main" {
  bucket = aws_s3_bucket.main.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_policy" "main" {
  bucket = aws_s3_bucket.main.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AllowPutFromA"
        Effect    = "Allow"
        Principal = { AWS = "arn:${var.partition}:iam::${var.account_a_id}:root" }
        Action    = ["s3:AbortMultipartUpload", "s3:PutObject"]
        Resource  = "arn:${var.partition}:s3:::${var.bucket_name}/incoming/*"
        Condition = {
          ArnEquals    = { "aws:PrincipalArn" = "arn:${var.partition}:iam::${var.account_a_id}:role/${var.role_name_a}" }
          StringEquals = { "aws:PrincipalOrgID" = var.organization_id }
        }
      },
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:${var.partition}:s3:::${var.bucket_name}", "arn:${var.partition}:s3:::${var.bucket_name}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      }
    ]
  })
}
