# S3 Grant Designer, design "existing-policies": bucket owner account B.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_b" {
  lifecycle {
    postcondition {
      condition     = self.id == "ap-northeast-1"
      error_message = "The provider of account B is configured for Region ${self.id}, but the design's Region is ap-northeast-1."
    }
  }
}

# The bucket exists already: its Object Ownership is set here, since a bucket created before
# April 2023 may still be ObjectWriter, and then the bucket owner does not own what writers put.
resource "aws_s3_bucket_ownership_controls" "main" {
  bucket = "existing-logs-222222222222"

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

# The bucket exists already. This policy is its existing policy with the grant's statements
# added; the designer's statements are the ones with the designer's Sids.
# The KMS key is not managed by these files: policies/kms-key-policy.json is its existing
# policy with the grant's statements added; put it on the key, or the writers cannot encrypt with it.
resource "aws_s3_bucket_policy" "main" {
  bucket = "existing-logs-222222222222"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowCloudFrontRead"
        Effect = "Allow"
        Principal = {
          Service = "cloudfront.amazonaws.com"
        }
        Action   = "s3:GetObject"
        Resource = "arn:aws:s3:::existing-logs-222222222222/public/*"
        Condition = {
          StringEquals = {
            "AWS:SourceArn" = "arn:aws:cloudfront::222222222222:distribution/EDFDVBD6EXAMPLE"
          }
        }
      },
      {
        Effect = "Allow"
        Principal = {
          Service = "logging.s3.amazonaws.com"
        }
        Action   = "s3:PutObject"
        Resource = "arn:aws:s3:::existing-logs-222222222222/access-logs/*"
        Condition = {
          StringEquals = {
            "aws:SourceAccount" = "222222222222"
          }
        }
      },
      {
        Sid       = "DenyObjectDeletion"
        Effect    = "Deny"
        Principal = "*"
        Action = [
          "s3:DeleteObject",
          "s3:DeleteObjectVersion"
        ]
        Resource = "arn:aws:s3:::existing-logs-222222222222/*"
        Condition = {
          ArnNotLike = {
            "aws:PrincipalArn" = "arn:aws:iam::222222222222:role/storage-admin"
          }
        }
      },
      {
        Sid    = "AuditorsOnlyRead"
        Effect = "Deny"
        Principal = {
          AWS = "arn:aws:iam::444444444444:root"
        }
        NotAction = [
          "s3:GetObject",
          "s3:ListBucket"
        ]
        Resource = [
          "arn:aws:s3:::existing-logs-222222222222",
          "arn:aws:s3:::existing-logs-222222222222/*"
        ]
      },
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
        Sid       = "DenyOtherKmsKeys"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:PutObject"
        Resource  = "arn:aws:s3:::existing-logs-222222222222/incoming/*"
        Condition = {
          Null = {
            "s3:x-amz-server-side-encryption-aws-kms-key-id" = "false"
          }
          StringNotEquals = {
            "s3:x-amz-server-side-encryption-aws-kms-key-id" = "arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          }
        }
      },
      {
        Sid       = "DenyEncryptionOtherThanKms"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:PutObject"
        Resource  = "arn:aws:s3:::existing-logs-222222222222/incoming/*"
        Condition = {
          Null = {
            "s3:x-amz-server-side-encryption" = "false"
          }
          StringNotEquals = {
            "s3:x-amz-server-side-encryption" = "aws:kms"
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

  depends_on = [aws_s3_bucket_ownership_controls.main]
}
