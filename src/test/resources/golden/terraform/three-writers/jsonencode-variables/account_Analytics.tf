# S3 Grant Designer, design "three-writers": writer account Analytics.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_analytics" {
  lifecycle {
    postcondition {
      condition     = self.id == var.region
      error_message = "The provider of account Analytics is configured for Region ${self.id}, but the design's Region is ${var.region}."
    }
  }
}

resource "aws_iam_role" "writer_analytics" {
  name = var.writer_analytics_role_name
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
            "aws:SourceArn" = "arn:${var.partition}:states:${var.region}:${var.account_analytics_id}:stateMachine:*"
          }
          StringEquals = {
            "aws:SourceAccount" = var.account_analytics_id
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
          "arn:${var.partition}:s3:::${var.bucket_name}/app-a/*",
          "arn:${var.partition}:s3:::${var.bucket_name}/app-b/*",
          "arn:${var.partition}:s3:::${var.bucket_name}/shared/reports/*"
        ]
        Condition = {
          StringEquals = {
            "aws:ResourceAccount" = var.account_b_id
            "aws:ResourceOrgID"   = var.organization_id
          }
        }
      }
    ]
  })
}
