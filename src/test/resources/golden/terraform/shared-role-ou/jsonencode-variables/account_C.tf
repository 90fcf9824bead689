# S3 Grant Designer, design "shared-role-ou": writer account C.
# Apply order: any. One bucket policy statement names the writers' organizational unit (aws:PrincipalOrgPaths) and matches their shared role with aws:PrincipalArn.

data "aws_region" "account_c" {
  lifecycle {
    postcondition {
      condition     = self.id == var.region
      error_message = "The provider of account C is configured for Region ${self.id}, but the design's Region is ${var.region}."
    }
  }
}

resource "aws_iam_role" "writer_c" {
  name = var.writer_c_role_name
  path = "/workloads/"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustEcs"
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
        Condition = {
          ArnLike = {
            "aws:SourceArn" = "arn:${var.partition}:ecs:${var.region}:${var.account_c_id}:*"
          }
          StringEquals = {
            "aws:SourceAccount" = var.account_c_id
          }
        }
      }
    ]
  })
}

resource "aws_iam_role_policy" "writer_c" {
  name = "s3-cross-account-put"
  role = aws_iam_role.writer_c.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowPutObjects"
        Effect = "Allow"
        Action = [
          "s3:AbortMultipartUpload",
          "s3:PutObject"
        ]
        Resource = [
          "arn:${var.partition}:s3:::${var.bucket_name}/incoming/*",
          "arn:${var.partition}:s3:::${var.bucket_name}/landing/*"
        ]
        Condition = {
          StringEquals = {
            "aws:ResourceAccount" = var.account_b_id
            "aws:ResourceOrgID"   = var.organization_id
          }
        }
      },
      {
        Sid    = "AllowUseOfBucketKmsKey"
        Effect = "Allow"
        Action = [
          "kms:Decrypt",
          "kms:GenerateDataKey"
        ]
        Resource = "arn:${var.partition}:kms:${var.region}:${var.account_b_id}:key/*"
        Condition = {
          "ForAnyValue:StringEquals" = {
            "kms:ResourceAliases" = "alias/${replace(var.bucket_name, ".", "-")}"
          }
          StringEquals = {
            "aws:ResourceAccount" = var.account_b_id
            "aws:ResourceOrgID"   = var.organization_id
          }
        }
      }
    ]
  })
}
