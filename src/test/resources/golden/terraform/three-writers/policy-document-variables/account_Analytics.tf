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
      values   = ["arn:${var.partition}:states:${var.region}:${var.account_analytics_id}:stateMachine:*"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [var.account_analytics_id]
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
  name               = var.writer_analytics_role_name
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
      "arn:${var.partition}:s3:::${var.bucket_name}/app-a/*",
      "arn:${var.partition}:s3:::${var.bucket_name}/app-b/*",
      "arn:${var.partition}:s3:::${var.bucket_name}/shared/reports/*"
    ]

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceAccount"
      values   = [var.account_b_id]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceOrgID"
      values   = [var.organization_id]
    }
  }
}

resource "aws_iam_role_policy" "writer_analytics" {
  name   = "s3-cross-account-put"
  role   = aws_iam_role.writer_analytics.id
  policy = data.aws_iam_policy_document.writer_analytics_role.json
}
