# S3 Grant Designer, design "ec2": values of the variables in variables.tf.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

partition          = "aws"
region             = "ap-northeast-1"
organization_id    = "o-a1b2c3d4e5"
bucket_name        = "central-ingest-222222222222"
account_b_id       = "222222222222"
account_a_id       = "111111111111"
writer_a_role_name = "ingest-instance-role"
