# S3 Grant Designer, design "shared-writer": the writer role, applied in every writer account.
# Apply it once per writer account, in that account's workspace: terraform apply -var-file=accounts/<alias>.tfvars
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account" {
  lifecycle {
    postcondition {
      condition     = self.id == "eu-west-1"
      error_message = "The provider of account ${var.account_id} is configured for Region ${self.id}, but the design's Region is eu-west-1."
    }
  }
}

resource "aws_iam_role" "writer" {
  name = "ingest-writer"
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
            "aws:SourceArn" = "arn:aws:ecs:eu-west-1:${var.account_id}:*"
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
        Resource = "arn:aws:s3:::org-ingest-555555555555/teams/*"
        Condition = {
          StringEquals = {
            "aws:ResourceAccount" = "555555555555"
            "aws:ResourceOrgID"   = "o-k7m2p9q4r1"
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
        Resource = "arn:aws:kms:eu-west-1:555555555555:key/*"
        Condition = {
          "ForAnyValue:StringEquals" = {
            "kms:ResourceAliases" = "alias/org-ingest-555555555555"
          }
          StringEquals = {
            "aws:ResourceAccount" = "555555555555"
            "aws:ResourceOrgID"   = "o-k7m2p9q4r1"
          }
        }
      }
    ]
  })
}
