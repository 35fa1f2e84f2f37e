package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Account;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("CommitAuthor")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class CommitAuthor  implements Serializable {
  private String raw;
  private Account user;

  public CommitAuthor() {
  }

  /**
   **/
  public CommitAuthor withRaw(String raw) {
    this.raw = raw;
    return this;
  }

  
  @JsonProperty("raw")
  public String getRaw() {
    return raw;
  }

  @JsonProperty("raw")
  public void setRaw(String raw) {
    this.raw = raw;
  }

  /**
   **/
  public CommitAuthor withUser(Account user) {
    this.user = user;
    return this;
  }

  
  @JsonProperty("user")
  public Account getUser() {
    return user;
  }

  @JsonProperty("user")
  public void setUser(Account user) {
    this.user = user;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CommitAuthor commitAuthor = (CommitAuthor) o;
    return Objects.equals(this.raw, commitAuthor.raw) &&
        Objects.equals(this.user, commitAuthor.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw, user);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CommitAuthor {\n");
    
    sb.append("    raw: ").append(toIndentedString(raw)).append("\n");
    sb.append("    user: ").append(toIndentedString(user)).append("\n");
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
