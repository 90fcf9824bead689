resource "aws_s3_bucket" "ingest" {
  bucket = "central-ingest-222222222222"
}

data "aws_iam_policy_document" "ingest_bucket" {
  statement {
    sid       = "AllowIngestWriter"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.ingest.arn}/incoming/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111111111111:root"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::111111111111:role/service/ingest-writer"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
  statement {
    sid       = "NetworkTeamOnlyThroughVpce"
    effect    = "Deny"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.ingest.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringNotEquals"
      variable = "aws:SourceVpce"
      values   = ["vpce-0a1b2c3d"]
    }
  }
}

resource "aws_s3_bucket_policy" "ingest" {
  bucket = aws_s3_bucket.ingest.id
  policy = data.aws_iam_policy_document.ingest_bucket.json
}
