package io.github.camelbitbucket.model;

import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("CommentInline")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class CommentInline  implements Serializable {
  private String path;
  private Integer from;
  private Integer to;

  public CommentInline() {
  }

  /**
   **/
  public CommentInline withPath(String path) {
    this.path = path;
    return this;
  }

  
  @JsonProperty("path")
  public String getPath() {
    return path;
  }

  @JsonProperty("path")
  public void setPath(String path) {
    this.path = path;
  }

  /**
   **/
  public CommentInline withFrom(Integer from) {
    this.from = from;
    return this;
  }

  
  @JsonProperty("from")
  public Integer getFrom() {
    return from;
  }

  @JsonProperty("from")
  public void setFrom(Integer from) {
    this.from = from;
  }

  /**
   **/
  public CommentInline withTo(Integer to) {
    this.to = to;
    return this;
  }

  
  @JsonProperty("to")
  public Integer getTo() {
    return to;
  }

  @JsonProperty("to")
  public void setTo(Integer to) {
    this.to = to;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CommentInline commentInline = (CommentInline) o;
    return Objects.equals(this.path, commentInline.path) &&
        Objects.equals(this.from, commentInline.from) &&
        Objects.equals(this.to, commentInline.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, from, to);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CommentInline {\n");
    
    sb.append("    path: ").append(toIndentedString(path)).append("\n");
    sb.append("    from: ").append(toIndentedString(from)).append("\n");
    sb.append("    to: ").append(toIndentedString(to)).append("\n");
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
