package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Comment;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * One entry of a pull request&#39;s activity; exactly one of update, approval, comment or changes_requested.
 **/

@JsonTypeName("PullRequestActivity")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class PullRequestActivity  implements Serializable {
  private Object pullRequest;
  private Object update;
  private Object approval;
  private Comment comment;
  private Object changesRequested;

  public PullRequestActivity() {
  }

  /**
   **/
  public PullRequestActivity withPullRequest(Object pullRequest) {
    this.pullRequest = pullRequest;
    return this;
  }

  
  @JsonProperty("pull_request")
  public Object getPullRequest() {
    return pullRequest;
  }

  @JsonProperty("pull_request")
  public void setPullRequest(Object pullRequest) {
    this.pullRequest = pullRequest;
  }

  /**
   **/
  public PullRequestActivity withUpdate(Object update) {
    this.update = update;
    return this;
  }

  
  @JsonProperty("update")
  public Object getUpdate() {
    return update;
  }

  @JsonProperty("update")
  public void setUpdate(Object update) {
    this.update = update;
  }

  /**
   **/
  public PullRequestActivity withApproval(Object approval) {
    this.approval = approval;
    return this;
  }

  
  @JsonProperty("approval")
  public Object getApproval() {
    return approval;
  }

  @JsonProperty("approval")
  public void setApproval(Object approval) {
    this.approval = approval;
  }

  /**
   **/
  public PullRequestActivity withComment(Comment comment) {
    this.comment = comment;
    return this;
  }

  
  @JsonProperty("comment")
  public Comment getComment() {
    return comment;
  }

  @JsonProperty("comment")
  public void setComment(Comment comment) {
    this.comment = comment;
  }

  /**
   **/
  public PullRequestActivity withChangesRequested(Object changesRequested) {
    this.changesRequested = changesRequested;
    return this;
  }

  
  @JsonProperty("changes_requested")
  public Object getChangesRequested() {
    return changesRequested;
  }

  @JsonProperty("changes_requested")
  public void setChangesRequested(Object changesRequested) {
    this.changesRequested = changesRequested;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PullRequestActivity pullRequestActivity = (PullRequestActivity) o;
    return Objects.equals(this.pullRequest, pullRequestActivity.pullRequest) &&
        Objects.equals(this.update, pullRequestActivity.update) &&
        Objects.equals(this.approval, pullRequestActivity.approval) &&
        Objects.equals(this.comment, pullRequestActivity.comment) &&
        Objects.equals(this.changesRequested, pullRequestActivity.changesRequested);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pullRequest, update, approval, comment, changesRequested);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PullRequestActivity {\n");
    
    sb.append("    pullRequest: ").append(toIndentedString(pullRequest)).append("\n");
    sb.append("    update: ").append(toIndentedString(update)).append("\n");
    sb.append("    approval: ").append(toIndentedString(approval)).append("\n");
    sb.append("    comment: ").append(toIndentedString(comment)).append("\n");
    sb.append("    changesRequested: ").append(toIndentedString(changesRequested)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }


}
