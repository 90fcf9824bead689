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

data "aws_iam_policy_document" "writer_analytics_trust" {
  version = "2012-10-17"

  statement {
    sid     = "TrustStates"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["states.amazonaws.com"]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:aws:states:ap-northeast-1:444444444444:stateMachine:*"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = ["444444444444"]
    }
  }

  statement {
    sid     = "TrustServicesWithoutSourceKeys"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["glue.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "writer_analytics" {
  name               = "etl-job-role"
  path               = "/"
  assume_role_policy = data.aws_iam_policy_document.writer_analytics_trust.json
}

data "aws_iam_policy_document" "writer_analytics_role" {
  version = "2012-10-17"

  statement {
    sid     = "AllowPutObjects"
    effect  = "Allow"
    actions = ["s3:PutObject"]
    resources = [
      "arn:aws:s3:::central-ingest-222222222222/app-a/*",
      "arn:aws:s3:::central-ingest-222222222222/app-b/*",
      "arn:aws:s3:::central-ingest-222222222222/shared/reports/*"
    ]

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceAccount"
      values   = ["222222222222"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_iam_role_policy" "writer_analytics" {
  name   = "s3-cross-account-put"
  role   = aws_iam_role.writer_analytics.id
  policy = data.aws_iam_policy_document.writer_analytics_role.json
}
