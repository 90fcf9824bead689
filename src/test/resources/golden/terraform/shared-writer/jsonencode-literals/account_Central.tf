# S3 Grant Designer, design "shared-writer": bucket owner account Central.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_central" {
  lifecycle {
    postcondition {
      condition     = self.id == "eu-west-1"
      error_message = "The provider of account Central is configured for Region ${self.id}, but the design's Region is eu-west-1."
    }
  }
}

resource "aws_s3_bucket" "main" {
  bucket = "org-ingest-555555555555"
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
  description         = "Default encryption of S3 bucket org-ingest-555555555555"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "EnableIamPoliciesOfOwnerAccount"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::555555555555:root"
        }
        Action   = "kms:*"
        Resource = "*"
      },
      {
        Sid    = "AllowKeyUseFromTeamRed"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::611111111111:root"
        }
        Action = [
          "kms:Decrypt",
          "kms:GenerateDataKey"
        ]
        Resource = "*"
        Condition = {
          ArnEquals = {
            "aws:PrincipalArn" = "arn:aws:iam::611111111111:role/workloads/ingest-writer"
          }
          StringEquals = {
            "aws:PrincipalOrgID" = "o-k7m2p9q4r1"
            "kms:CallerAccount"  = "611111111111"
            "kms:ViaService"     = "s3.eu-west-1.amazonaws.com"
          }
        }
      },
      {
        Sid    = "AllowKeyUseFromTeamGreen"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::622222222222:root"
        }
        Action = [
          "kms:Decrypt",
          "kms:GenerateDataKey"
        ]
        Resource = "*"
        Condition = {
          ArnEquals = {
            "aws:PrincipalArn" = "arn:aws:iam::622222222222:role/workloads/ingest-writer"
          }
          StringEquals = {
            "aws:PrincipalOrgID" = "o-k7m2p9q4r1"
            "kms:CallerAccount"  = "622222222222"
            "kms:ViaService"     = "s3.eu-west-1.amazonaws.com"
          }
        }
      },
      {
        Sid    = "AllowKeyUseFromTeamBlue"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::633333333333:root"
        }
        Action = [
          "kms:Decrypt",
          "kms:GenerateDataKey"
        ]
        Resource = "*"
        Condition = {
          ArnEquals = {
            "aws:PrincipalArn" = "arn:aws:iam::633333333333:role/workloads/ingest-writer"
          }
          StringEquals = {
            "aws:PrincipalOrgID" = "o-k7m2p9q4r1"
            "kms:CallerAccount"  = "633333333333"
            "kms:ViaService"     = "s3.eu-west-1.amazonaws.com"
          }
        }
      }
    ]
  })
}

resource "aws_kms_alias" "main" {
  name          = "alias/org-ingest-555555555555"
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
        Sid    = "AllowPutFromTeamRed"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::611111111111:root"
        }
        Action = [
          "s3:AbortMultipartUpload",
          "s3:PutObject"
        ]
        Resource = "arn:aws:s3:::org-ingest-555555555555/teams/*"
        Condition = {
          ArnEquals = {
            "aws:PrincipalArn" = "arn:aws:iam::611111111111:role/workloads/ingest-writer"
          }
          StringEquals = {
            "aws:PrincipalOrgID" = "o-k7m2p9q4r1"
          }
        }
      },
      {
        Sid    = "AllowPutFromTeamGreen"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::622222222222:root"
        }
        Action = [
          "s3:AbortMultipartUpload",
          "s3:PutObject"
        ]
        Resource = "arn:aws:s3:::org-ingest-555555555555/teams/*"
        Condition = {
          ArnEquals = {
            "aws:PrincipalArn" = "arn:aws:iam::622222222222:role/workloads/ingest-writer"
          }
          StringEquals = {
            "aws:PrincipalOrgID" = "o-k7m2p9q4r1"
          }
        }
      },
      {
        Sid    = "AllowPutFromTeamBlue"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::633333333333:root"
        }
        Action = [
          "s3:AbortMultipartUpload",
          "s3:PutObject"
        ]
        Resource = "arn:aws:s3:::org-ingest-555555555555/teams/*"
        Condition = {
          ArnEquals = {
            "aws:PrincipalArn" = "arn:aws:iam::633333333333:role/workloads/ingest-writer"
          }
          StringEquals = {
            "aws:PrincipalOrgID" = "o-k7m2p9q4r1"
          }
        }
      },
      {
        Sid       = "DenyOtherKmsKeys"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:PutObject"
        Resource  = "arn:aws:s3:::org-ingest-555555555555/teams/*"
        Condition = {
          Null = {
            "s3:x-amz-server-side-encryption-aws-kms-key-id" = "false"
          }
          StringNotLike = {
            "s3:x-amz-server-side-encryption-aws-kms-key-id" = "arn:aws:kms:eu-west-1:555555555555:key/*"
          }
        }
      },
      {
        Sid       = "DenyEncryptionOtherThanKms"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:PutObject"
        Resource  = "arn:aws:s3:::org-ingest-555555555555/teams/*"
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
          "arn:aws:s3:::org-ingest-555555555555",
          "arn:aws:s3:::org-ingest-555555555555/*"
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
