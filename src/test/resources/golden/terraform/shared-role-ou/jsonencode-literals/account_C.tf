# S3 Grant Designer, design "shared-role-ou": writer account C.
# Apply order: any. One bucket policy statement names the writers' organizational unit (aws:PrincipalOrgPaths) and matches their shared role with aws:PrincipalArn.

data "aws_region" "account_c" {
  lifecycle {
    postcondition {
      condition     = self.id == "ap-northeast-1"
      error_message = "The provider of account C is configured for Region ${self.id}, but the design's Region is ap-northeast-1."
    }
  }
}

resource "aws_iam_role" "writer_c" {
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
            "aws:SourceArn" = "arn:aws:ecs:ap-northeast-1:333333333333:*"
          }
          StringEquals = {
            "aws:SourceAccount" = "333333333333"
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
          "arn:aws:s3:::central-ingest-222222222222/incoming/*",
          "arn:aws:s3:::central-ingest-222222222222/landing/*"
        ]
        Condition = {
          StringEquals = {
            "aws:ResourceAccount" = "222222222222"
            "aws:ResourceOrgID"   = "o-a1b2c3d4e5"
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
        Resource = "arn:aws:kms:ap-northeast-1:222222222222:key/*"
        Condition = {
          "ForAnyValue:StringEquals" = {
            "kms:ResourceAliases" = "alias/central-ingest-222222222222"
          }
          StringEquals = {
            "aws:ResourceAccount" = "222222222222"
            "aws:ResourceOrgID"   = "o-a1b2c3d4e5"
          }
        }
      }
    ]
  })
}
