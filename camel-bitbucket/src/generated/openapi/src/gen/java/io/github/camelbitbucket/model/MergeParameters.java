package io.github.camelbitbucket.model;

import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("MergeParameters")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class MergeParameters  implements Serializable {
  private String type;
  private String message;
  private Boolean closeSourceBranch;
  public enum MergeStrategyEnum {

    MERGE_COMMIT(String.valueOf("merge_commit")), SQUASH(String.valueOf("squash")), FAST_FORWARD(String.valueOf("fast_forward")), SQUASH_FAST_FORWARD(String.valueOf("squash_fast_forward")), REBASE_FAST_FORWARD(String.valueOf("rebase_fast_forward")), REBASE_MERGE(String.valueOf("rebase_merge")), UNKNOWN_DEFAULT_OPEN_API(String.valueOf("unknown_default_open_api"));


    private String value;

    MergeStrategyEnum (String v) {
        value = v;
    }

    public String value() {
        return value;
    }

    @Override
    @JsonValue
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static MergeStrategyEnum fromString(String s) {
        for (MergeStrategyEnum b : MergeStrategyEnum.values()) {
            // using Objects.toString() to be safe if value type non-object type
            // because types like 'int' etc. will be auto-boxed
            if (java.util.Objects.toString(b.value).equals(s)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unexpected string value '" + s + "'");
    }

    @JsonCreator
    public static MergeStrategyEnum fromValue(String value) {
        for (MergeStrategyEnum b : MergeStrategyEnum.values()) {
            if (b.value.equals(value)) {
                return b;
            }
        }
        return UNKNOWN_DEFAULT_OPEN_API;
    }
}

  private MergeStrategyEnum mergeStrategy;

  public MergeParameters() {
  }

  /**
   **/
  public MergeParameters withType(String type) {
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
  public MergeParameters withMessage(String message) {
    this.message = message;
    return this;
  }

  
  @JsonProperty("message")
  public String getMessage() {
    return message;
  }

  @JsonProperty("message")
  public void setMessage(String message) {
    this.message = message;
  }

  /**
   **/
  public MergeParameters withCloseSourceBranch(Boolean closeSourceBranch) {
    this.closeSourceBranch = closeSourceBranch;
    return this;
  }

  
  @JsonProperty("close_source_branch")
  public Boolean getCloseSourceBranch() {
    return closeSourceBranch;
  }

  @JsonProperty("close_source_branch")
  public void setCloseSourceBranch(Boolean closeSourceBranch) {
    this.closeSourceBranch = closeSourceBranch;
  }

  /**
   **/
  public MergeParameters withMergeStrategy(MergeStrategyEnum mergeStrategy) {
    this.mergeStrategy = mergeStrategy;
    return this;
  }

  
  @JsonProperty("merge_strategy")
  public MergeStrategyEnum getMergeStrategy() {
    return mergeStrategy;
  }

  @JsonProperty("merge_strategy")
  public void setMergeStrategy(MergeStrategyEnum mergeStrategy) {
    this.mergeStrategy = mergeStrategy;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    MergeParameters mergeParameters = (MergeParameters) o;
    return Objects.equals(this.type, mergeParameters.type) &&
        Objects.equals(this.message, mergeParameters.message) &&
        Objects.equals(this.closeSourceBranch, mergeParameters.closeSourceBranch) &&
        Objects.equals(this.mergeStrategy, mergeParameters.mergeStrategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, message, closeSourceBranch, mergeStrategy);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class MergeParameters {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
    sb.append("    closeSourceBranch: ").append(toIndentedString(closeSourceBranch)).append("\n");
    sb.append("    mergeStrategy: ").append(toIndentedString(mergeStrategy)).append("\n");
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
