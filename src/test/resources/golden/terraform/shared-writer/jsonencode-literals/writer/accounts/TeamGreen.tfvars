# S3 Grant Designer, design "shared-writer": values of writer account TeamGreen for writer.tf.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.
# In the writer folder, in account TeamGreen's workspace: terraform apply -var-file=accounts/TeamGreen.tfvars

account_id = "622222222222"
