# S3 Grant Designer, design "literal-wildcards": bucket owner account B.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_b" {
  lifecycle {
    postcondition {
      condition     = self.id == "ap-northeast-1"
      error_message = "The provider of account B is configured for Region ${self.id}, but the design's Region is ap-northeast-1."
    }
  }
}

resource "aws_s3_bucket" "main" {
  bucket = "central-ingest-222222222222"
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

resource "aws_kms_key" "main" {
  description         = "Default encryption of S3 bucket central-ingest-222222222222"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "EnableIamPoliciesOfOwnerAccount"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::222222222222:root"
        }
        Action   = "kms:*"
        Resource = "*"
      },
      {
        Sid    = "AllowKeyUseFromA"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::111111111111:root"
        }
        Action = [
          "kms:Decrypt",
          "kms:GenerateDataKey"
        ]
        Resource = "*"
        Condition = {
          ArnEquals = {
            "aws:PrincipalArn" = "arn:aws:iam::111111111111:role/team$${*}/ecs-cross-account-s3-role"
          }
          StringEquals = {
            "aws:PrincipalOrgID" = "o-a1b2c3d4e5"
            "kms:CallerAccount"  = "111111111111"
            "kms:ViaService"     = "s3.ap-northeast-1.amazonaws.com"
          }
        }
      }
    ]
  })
}

resource "aws_kms_alias" "main" {
  name          = "alias/central-ingest-222222222222"
  target_key_id = aws_kms_key.main.key_id
}

resource "aws_s3_bucket_server_side_encryption_configuration" "main" {
  bucket = aws_s3_bucket.main.id

  rule {
    bucket_key_enabled = true

    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.main.arn
    }
  }
}

resource "aws_s3_bucket_policy" "main" {
  bucket = aws_s3_bucket.main.id
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
        Resource = [
          "arn:aws:s3:::central-ingest-222222222222/drop$${?}zone/*",
          "arn:aws:s3:::central-ingest-222222222222/home/$${$}{aws:username}/*",
          "arn:aws:s3:::central-ingest-222222222222/incoming$${*}/*",
          "arn:aws:s3:::central-ingest-222222222222/price$${$}/*"
        ]
        Condition = {
          ArnEquals = {
            "aws:PrincipalArn" = "arn:aws:iam::111111111111:role/team$${*}/ecs-cross-account-s3-role"
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
        Resource = [
          "arn:aws:s3:::central-ingest-222222222222/drop$${?}zone/*",
          "arn:aws:s3:::central-ingest-222222222222/home/$${$}{aws:username}/*",
          "arn:aws:s3:::central-ingest-222222222222/incoming$${*}/*",
          "arn:aws:s3:::central-ingest-222222222222/price$${$}/*"
        ]
        Condition = {
          Null = {
            "s3:x-amz-server-side-encryption-aws-kms-key-id" = "false"
          }
          StringNotLike = {
            "s3:x-amz-server-side-encryption-aws-kms-key-id" = "arn:aws:kms:ap-northeast-1:222222222222:key/*"
          }
        }
      },
      {
        Sid       = "DenyEncryptionOtherThanKms"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:PutObject"
        Resource = [
          "arn:aws:s3:::central-ingest-222222222222/drop$${?}zone/*",
          "arn:aws:s3:::central-ingest-222222222222/home/$${$}{aws:username}/*",
          "arn:aws:s3:::central-ingest-222222222222/incoming$${*}/*",
          "arn:aws:s3:::central-ingest-222222222222/price$${$}/*"
        ]
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
          "arn:aws:s3:::central-ingest-222222222222",
          "arn:aws:s3:::central-ingest-222222222222/*"
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
