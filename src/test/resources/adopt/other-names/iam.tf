# Writer account: the role our ECS tasks use.
resource "aws_iam_role" "writer" {
  name = var.role_name

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Action    = "sts:AssumeRole"
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "put" {
  name = "put-objects"
  role = aws_iam_role.writer.name

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:PutObject"]
      Resource = "arn:aws:s3:::${local.bucket}/incoming/*"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "logs" {
  role       = aws_iam_role.writer.name
  policy_arn = "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"
}
