# S3 Grant Designer, design "shared-role-existing-key": bucket owner account B.
# Apply order: any. One bucket policy statement names the writer accounts and matches their shared role with aws:PrincipalArn.

data "aws_region" "account_b" {
  lifecycle {
    postcondition {
      condition     = self.id == var.region
      error_message = "The provider of account B is configured for Region ${self.id}, but the design's Region is ${var.region}."
    }
  }
}

resource "aws_s3_bucket" "main" {
  bucket = var.bucket_name
}

resource "aws_s3_bucket_ownership_controls" "main" {
  bucket = aws_s3_bucket.main.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "main" {
  bucket = aws_s3_bucket.main.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# The KMS key is not managed by these files: add the statements of policies/kms-key-policy.json
# to the key's policy, or the writers cannot encrypt with it.
resource "aws_s3_bucket_server_side_encryption_configuration" "main" {
  bucket = aws_s3_bucket.main.id

  rule {
    bucket_key_enabled = true

    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
  }
}

resource "aws_s3_bucket_policy" "main" {
  bucket = aws_s3_bucket.main.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowPutFromSharedRole"
        Effect = "Allow"
        Principal = {
          AWS = "*"
        }
        Action = [
          "s3:AbortMultipartUpload",
          "s3:PutObject",
          "s3:PutObjectTagging"
        ]
        Resource = "arn:${var.partition}:s3:::${var.bucket_name}/*"
        Condition = {
          ArnLike = {
            "aws:PrincipalArn" = "arn:${var.partition}:iam::*:role/workloads/${var.writer_a_role_name}"
          }
          StringEquals = {
            "aws:PrincipalAccount" = [
              var.account_a_id,
              var.account_c_id
            ]
            "aws:PrincipalOrgID" = var.organization_id
          }
        }
      },
      {
        Sid       = "DenyOtherKmsKeys"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:PutObject"
        Resource  = "arn:${var.partition}:s3:::${var.bucket_name}/*"
        Condition = {
          Null = {
            "s3:x-amz-server-side-encryption-aws-kms-key-id" = "false"
          }
          StringNotEquals = {
            "s3:x-amz-server-side-encryption-aws-kms-key-id" = var.kms_key_arn
          }
        }
      },
      {
        Sid       = "DenyEncryptionOtherThanKms"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:PutObject"
        Resource  = "arn:${var.partition}:s3:::${var.bucket_name}/*"
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

  depends_on = [
    aws_s3_bucket_public_access_block.main,
    aws_s3_bucket_ownership_controls.main
  ]
}
