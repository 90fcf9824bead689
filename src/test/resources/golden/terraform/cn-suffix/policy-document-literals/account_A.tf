# S3 Grant Designer, design "cn-suffix": writer account A.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_a" {
  lifecycle {
    postcondition {
      condition     = self.id == "cn-northwest-1"
      error_message = "The provider of account A is configured for Region ${self.id}, but the design's Region is cn-northwest-1."
    }
  }
}

data "aws_iam_policy_document" "writer_a_trust" {
  version = "2012-10-17"

  statement {
    sid     = "TrustEcs"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:aws-cn:ecs:cn-northwest-1:111111111111:*"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = ["111111111111"]
    }
  }

  statement {
    sid     = "TrustEmrServerless"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["emr-serverless.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = ["111111111111"]
    }
  }
}

resource "aws_iam_role" "writer_a" {
  name               = "ingest-task-role"
  path               = "/"
  assume_role_policy = data.aws_iam_policy_document.writer_a_trust.json
}

data "aws_iam_policy_document" "writer_a_role" {
  version = "2012-10-17"

  statement {
    sid    = "AllowPutObjects"
    effect = "Allow"
    actions = [
      "s3:AbortMultipartUpload",
      "s3:PutObject"
    ]
    resources = ["arn:aws-cn:s3:::central-ingest-222222222222-cn/incoming/*"]

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

resource "aws_iam_role_policy" "writer_a" {
  name   = "s3-cross-account-put"
  role   = aws_iam_role.writer_a.id
  policy = data.aws_iam_policy_document.writer_a_role.json
}
