# S3 Grant Designer, design "shared-role-ou": writer account D.
# Apply order: any. One bucket policy statement names the writers' organizational unit (aws:PrincipalOrgPaths) and matches their shared role with aws:PrincipalArn.

data "aws_region" "account_d" {
  lifecycle {
    postcondition {
      condition     = self.id == var.region
      error_message = "The provider of account D is configured for Region ${self.id}, but the design's Region is ${var.region}."
    }
  }
}

data "aws_iam_policy_document" "writer_d_trust" {
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
      values   = ["arn:${var.partition}:ecs:${var.region}:${var.account_d_id}:*"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [var.account_d_id]
    }
  }
}

resource "aws_iam_role" "writer_d" {
  name               = var.writer_d_role_name
  path               = "/workloads/"
  assume_role_policy = data.aws_iam_policy_document.writer_d_trust.json
}

data "aws_iam_policy_document" "writer_d_role" {
  version = "2012-10-17"

  statement {
    sid    = "AllowPutObjects"
    effect = "Allow"
    actions = [
      "s3:AbortMultipartUpload",
      "s3:PutObject"
    ]
    resources = [
      "arn:${var.partition}:s3:::${var.bucket_name}/incoming/*",
      "arn:${var.partition}:s3:::${var.bucket_name}/landing/*"
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

  statement {
    sid    = "AllowUseOfBucketKmsKey"
    effect = "Allow"
    actions = [
      "kms:Decrypt",
      "kms:GenerateDataKey"
    ]
    resources = ["arn:${var.partition}:kms:${var.region}:${var.account_b_id}:key/*"]

    condition {
      test     = "ForAnyValue:StringEquals"
      variable = "kms:ResourceAliases"
      values   = ["alias/${replace(var.bucket_name, ".", "-")}"]
    }

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

resource "aws_iam_role_policy" "writer_d" {
  name   = "s3-cross-account-put"
  role   = aws_iam_role.writer_d.id
  policy = data.aws_iam_policy_document.writer_d_role.json
}
