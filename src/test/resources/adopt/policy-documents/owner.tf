data "aws_iam_policy_document" "bucket" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111111111111:role/ecs-cross-account-s3-role"]
    }
    actions   = ["s3:PutObject", "s3:PutObjectAcl"]
    resources = ["${aws_s3_bucket.landing.arn}/*"]
  }
}

resource "aws_s3_bucket" "landing" {
  bucket = "central-ingest-222222222222"
}

resource "aws_s3_bucket_policy" "landing" {
  bucket = aws_s3_bucket.landing.id
  policy = data.aws_iam_policy_document.bucket.json
}
