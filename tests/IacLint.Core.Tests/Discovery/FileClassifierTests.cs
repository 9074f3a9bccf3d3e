using IacLint.Discovery;

namespace IacLint.Tests.Discovery;

public class FileClassifierTests
{
    [Theory]
    [InlineData("prod/us-east-1/prod/mysql/terragrunt.hcl", FileFamily.Terragrunt)]
    [InlineData("prod/app/terragrunt.hcl.json", FileFamily.Terragrunt)]
    [InlineData("root.hcl", FileFamily.Terragrunt)]
    [InlineData("_envcommon/mysql.hcl", FileFamily.Terragrunt)]
    [InlineData("envs/prod/.terraform.lock.hcl", FileFamily.None)]
    [InlineData("images/base.pkr.hcl", FileFamily.None)]
    [InlineData("stacks/app/stack.tm.hcl", FileFamily.None)]
    [InlineData(".tflint.hcl", FileFamily.None)]
    [InlineData("main.tf", FileFamily.Terraform)]
    public void Terragrunt_files_are_told_from_other_tools_hcl_by_name(string path, FileFamily family) =>
        FileClassifier.Classify(path).ShouldBe(family);
}
