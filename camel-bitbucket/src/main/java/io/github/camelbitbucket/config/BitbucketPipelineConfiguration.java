package io.github.camelbitbucket.config;

import java.util.Map;

import io.github.camelbitbucket.request.BodyField;
import io.github.camelbitbucket.request.Target;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of the pipeline and source actions: their targets and body fields. */
@UriParams
public class BitbucketPipelineConfiguration extends BitbucketPullRequestConfiguration {

    /**
     * The pipeline's UUID (in curly braces) of getPipeline, stopPipeline, listPipelineSteps and getPipelineStepLog.
     * Header CamelBitbucketOverridePipelineUuid overrides it for one message.
     */
    @UriParam(label = "producer")
    private String pipelineUuid;

    /**
     * getPipelineStepLog: the step's UUID. Header CamelBitbucketOverrideStepUuid overrides it for one message.
     */
    @UriParam(label = "producer")
    private String stepUuid;

    /**
     * getFile, listDirectory: the file or directory path in the repository (slashes kept; listDirectory lists the
     * root without it). The commit option names the commit or branch. Header CamelBitbucketOverrideFilePath overrides it
     * for one message.
     */
    @UriParam(label = "producer")
    private String filePath;

    /**
     * runPipeline: the branch to run the pipeline on (its pipeline in bitbucket-pipelines.yml, or the custom one of
     * pipelinePattern). Header CamelBitbucketPipelineBranch.
     */
    @UriParam(label = "producer")
    private String pipelineBranch;

    /**
     * runPipeline: the commit to run on; with pipelineBranch, that branch's commit. Header CamelBitbucketPipelineCommit.
     */
    @UriParam(label = "producer")
    private String pipelineCommit;

    /**
     * runPipeline: a custom pipeline's name (pipelines: custom: in bitbucket-pipelines.yml). Header
     * CamelBitbucketPipelinePattern.
     */
    @UriParam(label = "producer")
    private String pipelinePattern;

    /**
     * runPipeline: variables, KEY=value pairs comma separated (a value with commas goes in the body's JSON). Header
     * CamelBitbucketPipelineVariables.
     */
    @UriParam(label = "producer")
    private String pipelineVariables;

    /**
     * runPipeline: secured variables, KEY=value pairs comma separated, sent with secured=true: Bitbucket hides them in
     * the pipeline's logs and answers, and the component never logs them. Header CamelBitbucketPipelineSecretVariables.
     */
    @UriParam(label = "producer", secret = true)
    private String pipelineSecretVariables;

    /**
     * commitFiles: paths to delete in the commit, comma separated (or null values in the body's Map). Header
     * CamelBitbucketDeleteFiles.
     */
    @UriParam(label = "producer")
    private String deleteFiles;

    /**
     * commitFiles: the commit's author, "Name &lt;email&gt;"; without it, the credential's user. Header
     * CamelBitbucketCommitAuthor.
     */
    @UriParam(label = "producer")
    private String commitAuthor;

    public String getPipelineUuid() {
        return pipelineUuid;
    }

    public void setPipelineUuid(String pipelineUuid) {
        this.pipelineUuid = pipelineUuid;
    }

    public String getStepUuid() {
        return stepUuid;
    }

    public void setStepUuid(String stepUuid) {
        this.stepUuid = stepUuid;
    }

    public String getFilePath() {
        return filePath;
    }

    public void setFilePath(String filePath) {
        this.filePath = filePath;
    }

    public String getPipelineBranch() {
        return pipelineBranch;
    }

    public void setPipelineBranch(String pipelineBranch) {
        this.pipelineBranch = pipelineBranch;
    }

    public String getPipelineCommit() {
        return pipelineCommit;
    }

    public void setPipelineCommit(String pipelineCommit) {
        this.pipelineCommit = pipelineCommit;
    }

    public String getPipelinePattern() {
        return pipelinePattern;
    }

    public void setPipelinePattern(String pipelinePattern) {
        this.pipelinePattern = pipelinePattern;
    }

    public String getPipelineVariables() {
        return pipelineVariables;
    }

    public void setPipelineVariables(String pipelineVariables) {
        this.pipelineVariables = pipelineVariables;
    }

    public String getPipelineSecretVariables() {
        return pipelineSecretVariables;
    }

    public void setPipelineSecretVariables(String pipelineSecretVariables) {
        this.pipelineSecretVariables = pipelineSecretVariables;
    }

    public String getDeleteFiles() {
        return deleteFiles;
    }

    public void setDeleteFiles(String deleteFiles) {
        this.deleteFiles = deleteFiles;
    }

    public String getCommitAuthor() {
        return commitAuthor;
    }

    public void setCommitAuthor(String commitAuthor) {
        this.commitAuthor = commitAuthor;
    }

    @Override
    protected void automationInputs(Map<Target, String> targets, Map<BodyField, String> bodyFields) {
        super.automationInputs(targets, bodyFields);
        put(targets, Target.PIPELINE_UUID, pipelineUuid);
        put(targets, Target.STEP_UUID, stepUuid);
        put(targets, Target.FILE_PATH, filePath);
        put(bodyFields, BodyField.PIPELINE_BRANCH, pipelineBranch);
        put(bodyFields, BodyField.PIPELINE_COMMIT, pipelineCommit);
        put(bodyFields, BodyField.PIPELINE_PATTERN, pipelinePattern);
        put(bodyFields, BodyField.PIPELINE_VARIABLES, pipelineVariables);
        put(bodyFields, BodyField.PIPELINE_SECRET_VARIABLES, pipelineSecretVariables);
        put(bodyFields, BodyField.DELETE_FILES, deleteFiles);
        put(bodyFields, BodyField.COMMIT_AUTHOR, commitAuthor);
    }
}
