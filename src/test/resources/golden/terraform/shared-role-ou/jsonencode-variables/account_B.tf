# S3 Grant Designer, design "shared-role-ou": bucket owner account B.
# Apply order: any. One bucket policy statement names the writers' organizational unit (aws:PrincipalOrgPaths) and matches their shared role with aws:PrincipalArn.

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

resource "aws_kms_key" "main" {
  description         = "Default encryption of S3 bucket ${var.bucket_name}"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "EnableIamPoliciesOfOwnerAccount"
        Effect = "Allow"
        Principal = {
          AWS = "arn:${var.partition}:iam::${var.account_b_id}:root"
        }
        Action   = "kms:*"
        Resource = "*"
      },
      {
        Sid    = "AllowKeyUseFromSharedRole"
        Effect = "Allow"
        Principal = {
          AWS = "*"
        }
        Action = [
          "kms:Decrypt",
          "kms:GenerateDataKey"
        ]
        Resource = "*"
        Condition = {
          ArnLike = {
            "aws:PrincipalArn" = "arn:${var.partition}:iam::*:role/workloads/${var.writer_a_role_name}"
          }
          "ForAnyValue:StringLike" = {
            "aws:PrincipalOrgPaths" = "${var.writer_org_path}*"
          }
          StringEquals = {
            "aws:PrincipalOrgID" = var.organization_id
            "kms:ViaService"     = "s3.${var.region}.amazonaws.com"
          }
        }
      }
    ]
  })
}

resource "aws_kms_alias" "main" {
  name          = "alias/${replace(var.bucket_name, ".", "-")}"
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
        Sid    = "AllowPutFromSharedRole"
        Effect = "Allow"
        Principal = {
          AWS = "*"
        }
        Action = [
          "s3:AbortMultipartUpload",
          "s3:PutObject"
        ]
        Resource = [
          "arn:${var.partition}:s3:::${var.bucket_name}/incoming/*",
          "arn:${var.partition}:s3:::${var.bucket_name}/landing/*"
        ]
        Condition = {
          ArnLike = {
            "aws:PrincipalArn" = "arn:${var.partition}:iam::*:role/workloads/${var.writer_a_role_name}"
          }
          "ForAnyValue:StringLike" = {
            "aws:PrincipalOrgPaths" = "${var.writer_org_path}*"
          }
          StringEquals = {
            "aws:PrincipalOrgID" = var.organization_id
          }
        }
      },
      {
        Sid       = "DenyOtherKmsKeys"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:PutObject"
        Resource = [
          "arn:${var.partition}:s3:::${var.bucket_name}/incoming/*",
          "arn:${var.partition}:s3:::${var.bucket_name}/landing/*"
        ]
        Condition = {
          Null = {
            "s3:x-amz-server-side-encryption-aws-kms-key-id" = "false"
          }
          StringNotLike = {
            "s3:x-amz-server-side-encryption-aws-kms-key-id" = "arn:${var.partition}:kms:${var.region}:${var.account_b_id}:key/*"
          }
        }
      },
      {
        Sid       = "DenyEncryptionOtherThanKms"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:PutObject"
        Resource = [
          "arn:${var.partition}:s3:::${var.bucket_name}/incoming/*",
          "arn:${var.partition}:s3:::${var.bucket_name}/landing/*"
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
