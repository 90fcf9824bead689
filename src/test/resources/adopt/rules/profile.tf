resource "aws_iam_instance_profile" "legacy" {
  name = "ecs-cross-account-s3-role"
  path = "/legacy/"
  role = aws_iam_role.ecs_task_role.name
}
