# S3 Grant Designer, design "role-arn": values of the variables in variables.tf.
# Apply order: the writer files first (account_A.tf), then account_B.tf.
# The bucket policy names the writer roles by ARN, and AWS rejects a principal that does not exist yet.

partition          = "aws"
region             = "ap-northeast-1"
organization_id    = "o-a1b2c3d4e5"
bucket_name        = "central-ingest-222222222222"
account_b_id       = "222222222222"
account_a_id       = "111111111111"
writer_a_role_name = "ecs-cross-account-s3-role"
