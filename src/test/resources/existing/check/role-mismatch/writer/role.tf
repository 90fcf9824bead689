resource "aws_iam_role" "writer" {
  name = "exporter-task"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Condition = {
        StringEquals = { "aws:SourceAccount" = var.writer_account_id }
        ArnLike      = { "aws:SourceArn" = "arn:aws:ecs:eu-west-1:${var.writer_account_id}:*" }
      }
    }]
  })
}

resource "aws_iam_role_policy" "writer" {
  name = "export-put"
  role = aws_iam_role.writer.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:PutObject", "s3:AbortMultipartUpload"]
      Resource = "arn:aws:s3:::${var.bucket_name}/exports/*"
    }]
  })
}

variable "writer_account_id" {
  type    = string
  default = "444444444444"
}

variable "bucket_name" {
  type    = string
  default = "exports-555555555555"
}
