resource "aws_iam_role" "thumbnails" {
  name = "thumbnails-lambda"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
      Condition = { StringEquals = { "aws:SourceAccount" = "666666666666" } }
    }]
  })
}

resource "aws_iam_role_policy" "thumbnails" {
  name = "put-thumbnails"
  role = aws_iam_role.thumbnails.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:PutObject"
      Resource = "arn:aws:s3:::thumbnails-777777777777/*"
    }]
  })
}

resource "aws_s3_bucket_policy" "thumbnails" {
  bucket = "thumbnails-777777777777"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::666666666666:role/thumbnails-lambda" }
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::thumbnails-777777777777/*"
    }]
  })
}
