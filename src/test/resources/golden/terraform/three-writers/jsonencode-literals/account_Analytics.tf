# S3 Grant Designer, design "three-writers": writer account Analytics.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_analytics" {
  lifecycle {
    postcondition {
      condition     = self.id == "ap-northeast-1"
      error_message = "The provider of account Analytics is configured for Region ${self.id}, but the design's Region is ap-northeast-1."
    }
  }
}

resource "aws_iam_role" "writer_analytics" {
  name = "etl-job-role"
  path = "/"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustStates"
        Effect = "Allow"
        Principal = {
          Service = "states.amazonaws.com"
        }
        Action = "sts:AssumeRole"
        Condition = {
          ArnLike = {
            "aws:SourceArn" = "arn:aws:states:ap-northeast-1:444444444444:stateMachine:*"
          }
          StringEquals = {
            "aws:SourceAccount" = "444444444444"
          }
        }
      },
      {
        Sid    = "TrustServicesWithoutSourceKeys"
        Effect = "Allow"
        Principal = {
          Service = "glue.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      }
    ]
  })
}

resource "aws_iam_role_policy" "writer_analytics" {
  name = "s3-cross-account-put"
  role = aws_iam_role.writer_analytics.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowPutObjects"
        Effect = "Allow"
        Action = "s3:PutObject"
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
