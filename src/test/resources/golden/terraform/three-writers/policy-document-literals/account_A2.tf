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

data "aws_iam_policy_document" "writer_a2_trust" {
  provider = aws.spoke2

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
      values   = ["arn:aws:ecs:ap-northeast-1:333333333333:*"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = ["333333333333"]
    }
  }
}

resource "aws_iam_role" "writer_a2" {
  provider = aws.spoke2

  name               = "ingest-writer"
  path               = "/workloads/ingest/"
  assume_role_policy = data.aws_iam_policy_document.writer_a2_trust.json
}

data "aws_iam_policy_document" "writer_a2_role" {
  provider = aws.spoke2

  version = "2012-10-17"

  statement {
    sid    = "AllowPutObjects"
    effect = "Allow"
    actions = [
      "s3:AbortMultipartUpload",
      "s3:PutObject",
      "s3:PutObjectTagging"
    ]
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

resource "aws_iam_role_policy" "writer_a2" {
  provider = aws.spoke2

  name   = "s3-cross-account-put"
  role   = aws_iam_role.writer_a2.id
  policy = data.aws_iam_policy_document.writer_a2_role.json
}
