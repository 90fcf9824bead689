variable "role_name" {
  type    = string
  default = "ecs-cross-account-s3-role"
}

variable "owner_account" {
  type = string
}
