package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Branch;
import io.github.camelbitbucket.model.CommitRef;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("PullRequestEndpoint")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class PullRequestEndpoint  implements Serializable {
  private Branch branch;
  private CommitRef commit;

  public PullRequestEndpoint() {
  }

  /**
   **/
  public PullRequestEndpoint withBranch(Branch branch) {
    this.branch = branch;
    return this;
  }

  
  @JsonProperty("branch")
  public Branch getBranch() {
    return branch;
  }

  @JsonProperty("branch")
  public void setBranch(Branch branch) {
    this.branch = branch;
  }

  /**
   **/
  public PullRequestEndpoint withCommit(CommitRef commit) {
    this.commit = commit;
    return this;
  }

  
  @JsonProperty("commit")
  public CommitRef getCommit() {
    return commit;
  }

  @JsonProperty("commit")
  public void setCommit(CommitRef commit) {
    this.commit = commit;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PullRequestEndpoint pullRequestEndpoint = (PullRequestEndpoint) o;
    return Objects.equals(this.branch, pullRequestEndpoint.branch) &&
        Objects.equals(this.commit, pullRequestEndpoint.commit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(branch, commit);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PullRequestEndpoint {\n");
    
    sb.append("    branch: ").append(toIndentedString(branch)).append("\n");
    sb.append("    commit: ").append(toIndentedString(commit)).append("\n");
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
