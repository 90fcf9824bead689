# S3 Grant Designer, design "shared-writer": the writer role, applied in every writer account.
# Apply it once per writer account, in that account's workspace: terraform apply -var-file=accounts/<alias>.tfvars
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account" {
  lifecycle {
    postcondition {
      condition     = self.id == var.region
      error_message = "The provider of account ${var.account_id} is configured for Region ${self.id}, but the design's Region is ${var.region}."
    }
  }
}

data "aws_iam_policy_document" "writer_trust" {
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
      values   = ["arn:${var.partition}:ecs:${var.region}:${var.account_id}:*"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [var.account_id]
    }
  }
}

resource "aws_iam_role" "writer" {
  name               = var.role_name
  path               = "/workloads/"
  assume_role_policy = data.aws_iam_policy_document.writer_trust.json
}

data "aws_iam_policy_document" "writer_role" {
  version = "2012-10-17"

  statement {
    sid    = "AllowPutObjects"
    effect = "Allow"
    actions = [
      "s3:AbortMultipartUpload",
      "s3:PutObject"
    ]
    resources = ["arn:${var.partition}:s3:::${var.bucket_name}/teams/*"]

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceAccount"
      values   = [var.account_central_id]
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
    resources = ["arn:${var.partition}:kms:${var.region}:${var.account_central_id}:key/*"]

    condition {
      test     = "ForAnyValue:StringEquals"
      variable = "kms:ResourceAliases"
      values   = ["alias/${replace(var.bucket_name, ".", "-")}"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceAccount"
      values   = [var.account_central_id]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:ResourceOrgID"
      values   = [var.organization_id]
    }
  }
}

resource "aws_iam_role_policy" "writer" {
  name   = "s3-cross-account-put"
  role   = aws_iam_role.writer.id
  policy = data.aws_iam_policy_document.writer_role.json
}
