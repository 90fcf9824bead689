# S3 Grant Designer, design "shared-role-existing-key": values of the variables in variables.tf.
# Apply order: any. One bucket policy statement names the writer accounts and matches their shared role with aws:PrincipalArn.

partition          = "aws"
region             = "ap-northeast-1"
organization_id    = "o-a1b2c3d4e5"
bucket_name        = "central-ingest-222222222222"
kms_key_arn        = "arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab"
account_b_id       = "222222222222"
account_a_id       = "111111111111"
writer_a_role_name = "ingest-writer"
account_c_id       = "333333333333"
writer_c_role_name = "ingest-writer"
