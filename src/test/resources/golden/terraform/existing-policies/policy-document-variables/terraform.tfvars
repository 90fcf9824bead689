# S3 Grant Designer, design "existing-policies": values of the variables in variables.tf.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

partition          = "aws"
region             = "ap-northeast-1"
organization_id    = "o-a1b2c3d4e5"
bucket_name        = "existing-logs-222222222222"
kms_key_arn        = "arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab"
account_b_id       = "222222222222"
account_a_id       = "111111111111"
writer_a_role_name = "ecs-cross-account-s3-role"
