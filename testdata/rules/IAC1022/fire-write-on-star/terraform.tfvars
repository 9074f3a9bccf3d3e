actions = ["ec2:DescribeInstances", "ec2:TerminateInstances"]
