resource "aws_s3_bucket" "this" {
  bucket = "central-ingest-222222222222"
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    id     = "expire-incoming"
    status = "Enabled"
    filter {
      prefix = "incoming/"
    }
    expiration {
      days = 30
    }
  }
}

# Serves the CloudFront distribution and the load balancer's access logs as well.
resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AllowCloudFrontRead"
        Effect    = "Allow"
        Principal = { Service = "cloudfront.amazonaws.com" }
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.this.arn}/public/*"
        Condition = {
          StringEquals = {
            "AWS:SourceArn" = "arn:aws:cloudfront::222222222222:distribution/EDFDVBD6EXAMPLE"
          }
        }
      },
      {
        Sid       = "AllowLogDelivery"
        Effect    = "Allow"
        Principal = { Service = "logdelivery.elasticloadbalancing.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = "${aws_s3_bucket.this.arn}/alb-logs/*"
      },
      {
        Sid       = "AllowWriterRole"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111111111111:role/ecs-cross-account-s3-role" }
        Action    = "s3:PutObject"
        Resource  = "${aws_s3_bucket.this.arn}/incoming/*"
      }
    ]
  })
}
