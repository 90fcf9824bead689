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

data "aws_iam_policy_document" "writer_c_trust" {
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

resource "aws_iam_role" "writer_c" {
  name               = "ingest-writer"
  path               = "/workloads/"
  assume_role_policy = data.aws_iam_policy_document.writer_c_trust.json
}

data "aws_iam_policy_document" "writer_c_role" {
  version = "2012-10-17"

  statement {
    sid    = "AllowPutObjects"
    effect = "Allow"
    actions = [
      "s3:AbortMultipartUpload",
      "s3:PutObject"
    ]
    resources = [
      "arn:aws:s3:::central-ingest-222222222222/incoming/*",
      "arn:aws:s3:::central-ingest-222222222222/landing/*"
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

  statement {
    sid    = "AllowUseOfBucketKmsKey"
    effect = "Allow"
    actions = [
      "kms:Decrypt",
      "kms:GenerateDataKey"
    ]
    resources = ["arn:aws:kms:ap-northeast-1:222222222222:key/*"]

    condition {
      test     = "ForAnyValue:StringEquals"
      variable = "kms:ResourceAliases"
      values   = ["alias/central-ingest-222222222222"]
    }

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

resource "aws_iam_role_policy" "writer_c" {
  name   = "s3-cross-account-put"
  role   = aws_iam_role.writer_c.id
  policy = data.aws_iam_policy_document.writer_c_role.json
}
