# S3 Grant Designer, design "existing-bucket": bucket owner account B.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_b" {
  lifecycle {
    postcondition {
      condition     = self.id == var.region
      error_message = "The provider of account B is configured for Region ${self.id}, but the design's Region is ${var.region}."
    }
  }
}

# The bucket exists already: its Object Ownership is set here, since a bucket created before
# April 2023 may still be ObjectWriter, and then the bucket owner does not own what writers put.
resource "aws_s3_bucket_ownership_controls" "main" {
  bucket = var.bucket_name

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

# The bucket exists already. This resource replaces the bucket's whole existing policy:
# merge the statements the policy has today into it before you apply.
resource "aws_s3_bucket_policy" "main" {
  bucket = var.bucket_name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowPutFromA"
        Effect = "Allow"
        Principal = {
          AWS = "arn:${var.partition}:iam::${var.account_a_id}:root"
        }
        Action = [
          "s3:AbortMultipartUpload",
          "s3:PutObject"
        ]
        Resource = "arn:${var.partition}:s3:::${var.bucket_name}/incoming/*"
        Condition = {
          ArnEquals = {
            "aws:PrincipalArn" = "arn:${var.partition}:iam::${var.account_a_id}:role/${var.writer_a_role_name}"
          }
          StringEquals = {
            "aws:PrincipalOrgID" = var.organization_id
          }
        }
      },
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          "arn:${var.partition}:s3:::${var.bucket_name}",
          "arn:${var.partition}:s3:::${var.bucket_name}/*"
        ]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      }
    ]
  })

  depends_on = [aws_s3_bucket_ownership_controls.main]
}
