# S3 Grant Designer, design "existing-bucket-ownership-unset": bucket owner account B.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_b" {
  lifecycle {
    postcondition {
      condition     = self.id == "ap-northeast-1"
      error_message = "The provider of account B is configured for Region ${self.id}, but the design's Region is ap-northeast-1."
    }
  }
}

# The bucket exists already. This resource replaces the bucket's whole existing policy:
# merge the statements the policy has today into it before you apply.
resource "aws_s3_bucket_policy" "main" {
  bucket = "existing-logs-222222222222"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowPutFromA"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111111111111:root"
        }
        Action = [
          "s3:AbortMultipartUpload",
          "s3:PutObject"
        ]
        Resource = "arn:aws:s3:::existing-logs-222222222222/incoming/*"
        Condition = {
          ArnEquals = {
            "aws:PrincipalArn" = "arn:aws:iam::111111111111:role/ecs-cross-account-s3-role"
          }
          StringEquals = {
            "aws:PrincipalOrgID" = "o-a1b2c3d4e5"
          }
        }
      },
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          "arn:aws:s3:::existing-logs-222222222222",
          "arn:aws:s3:::existing-logs-222222222222/*"
        ]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      }
    ]
  })
}
