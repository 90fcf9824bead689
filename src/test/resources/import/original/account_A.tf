# ECSタスク用のIAMロール
resource "aws_iam_role" "ecs_task_role" {
  name = "ecs-cross-account-s3-role"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Action = "sts:AssumeRole"
      Effect = "Allow"
      Principal = {
        Service = "ecs-tasks.amazonaws.com"
      }
    }]
  })
}

# S3クロスアカウントアクセスポリシー
resource "aws_iam_role_policy" "ecs_s3_policy" {
  name = "ecs-s3-cross-account-policy"
  role = aws_iam_role.ecs_task_role.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      Action = [
        "s3:PutObject",
        "s3:PutObjectAcl"
      ]
      Resource = "arn:aws:s3:::${var.bucket_name}/*"
    }]
  })
}
