package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.PullRequest;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("MergeTaskStatus")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class MergeTaskStatus  implements Serializable {
  private String type;
  private String taskStatus;
  private PullRequest mergeResult;

  public MergeTaskStatus() {
  }

  /**
   **/
  public MergeTaskStatus withType(String type) {
    this.type = type;
    return this;
  }

  
  @JsonProperty("type")
  public String getType() {
    return type;
  }

  @JsonProperty("type")
  public void setType(String type) {
    this.type = type;
  }

  /**
   **/
  public MergeTaskStatus withTaskStatus(String taskStatus) {
    this.taskStatus = taskStatus;
    return this;
  }

  
  @JsonProperty("task_status")
  public String getTaskStatus() {
    return taskStatus;
  }

  @JsonProperty("task_status")
  public void setTaskStatus(String taskStatus) {
    this.taskStatus = taskStatus;
  }

  /**
   **/
  public MergeTaskStatus withMergeResult(PullRequest mergeResult) {
    this.mergeResult = mergeResult;
    return this;
  }

  
  @JsonProperty("merge_result")
  public PullRequest getMergeResult() {
    return mergeResult;
  }

  @JsonProperty("merge_result")
  public void setMergeResult(PullRequest mergeResult) {
    this.mergeResult = mergeResult;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    MergeTaskStatus mergeTaskStatus = (MergeTaskStatus) o;
    return Objects.equals(this.type, mergeTaskStatus.type) &&
        Objects.equals(this.taskStatus, mergeTaskStatus.taskStatus) &&
        Objects.equals(this.mergeResult, mergeTaskStatus.mergeResult);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, taskStatus, mergeResult);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class MergeTaskStatus {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    taskStatus: ").append(toIndentedString(taskStatus)).append("\n");
    sb.append("    mergeResult: ").append(toIndentedString(mergeResult)).append("\n");
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
