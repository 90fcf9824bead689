# S3 Grant Designer, design "shared-writer": the writer role, applied in every writer account.
# Apply it once per writer account, in that account's workspace: terraform apply -var-file=accounts/<alias>.tfvars
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account" {
  lifecycle {
    postcondition {
      condition     = self.id == var.region
      error_message = "The provider of account ${var.account_id} is configured for Region ${self.id}, but the design's Region is ${var.region}."
    }
  }
}

resource "aws_iam_role" "writer" {
  name = var.role_name
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
            "aws:SourceArn" = "arn:${var.partition}:ecs:${var.region}:${var.account_id}:*"
          }
          StringEquals = {
            "aws:SourceAccount" = var.account_id
          }
        }
      }
    ]
  })
}

resource "aws_iam_role_policy" "writer" {
  name = "s3-cross-account-put"
  role = aws_iam_role.writer.id
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
        Resource = "arn:${var.partition}:s3:::${var.bucket_name}/teams/*"
        Condition = {
          StringEquals = {
            "aws:ResourceAccount" = var.account_central_id
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
        Resource = "arn:${var.partition}:kms:${var.region}:${var.account_central_id}:key/*"
        Condition = {
          "ForAnyValue:StringEquals" = {
            "kms:ResourceAliases" = "alias/${replace(var.bucket_name, ".", "-")}"
          }
          StringEquals = {
            "aws:ResourceAccount" = var.account_central_id
            "aws:ResourceOrgID"   = var.organization_id
          }
        }
      }
    ]
  })
}
