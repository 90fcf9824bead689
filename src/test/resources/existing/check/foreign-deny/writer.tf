resource "aws_iam_role" "ingest" {
  name               = "ingest-writer"
  path               = "/service/"
  assume_role_policy = data.aws_iam_policy_document.ingest_trust.json
}

data "aws_iam_policy_document" "ingest_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = ["111111111111"]
    }
  }
}

data "aws_iam_policy_document" "ingest_put" {
  statement {
    sid       = "PutIncoming"
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::central-ingest-222222222222/incoming/*"]
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_iam_role_policy" "ingest_put" {
  name   = "put-incoming"
  role   = aws_iam_role.ingest.id
  policy = data.aws_iam_policy_document.ingest_put.json
}
