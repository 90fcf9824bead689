# S3 Grant Designer, design "three-writers": writer account A2.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_a2" {
  provider = aws.spoke2

  lifecycle {
    postcondition {
      condition     = self.id == "ap-northeast-1"
      error_message = "The provider of account A2 is configured for Region ${self.id}, but the design's Region is ap-northeast-1."
    }
  }
}

resource "aws_iam_role" "writer_a2" {
  provider = aws.spoke2

  name = "ingest-writer"
  path = "/workloads/ingest/"
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

resource "aws_iam_role_policy" "writer_a2" {
  provider = aws.spoke2

  name = "s3-cross-account-put"
  role = aws_iam_role.writer_a2.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowPutObjects"
        Effect = "Allow"
        Action = [
          "s3:AbortMultipartUpload",
          "s3:PutObject",
          "s3:PutObjectTagging"
        ]
        Resource = [
          "arn:aws:s3:::central-ingest-222222222222/app-a/*",
          "arn:aws:s3:::central-ingest-222222222222/app-b/*",
          "arn:aws:s3:::central-ingest-222222222222/shared/reports/*"
        ]
        Condition = {
          StringEquals = {
            "aws:ResourceAccount" = "222222222222"
            "aws:ResourceOrgID"   = "o-a1b2c3d4e5"
          }
        }
      }
    ]
  })
}
