package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.Link;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Links")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Links  implements Serializable {
  private Link self;
  private Link html;
  private Link avatar;

  public Links() {
  }

  /**
   **/
  public Links withSelf(Link self) {
    this.self = self;
    return this;
  }

  
  @JsonProperty("self")
  public Link getSelf() {
    return self;
  }

  @JsonProperty("self")
  public void setSelf(Link self) {
    this.self = self;
  }

  /**
   **/
  public Links withHtml(Link html) {
    this.html = html;
    return this;
  }

  
  @JsonProperty("html")
  public Link getHtml() {
    return html;
  }

  @JsonProperty("html")
  public void setHtml(Link html) {
    this.html = html;
  }

  /**
   **/
  public Links withAvatar(Link avatar) {
    this.avatar = avatar;
    return this;
  }

  
  @JsonProperty("avatar")
  public Link getAvatar() {
    return avatar;
  }

  @JsonProperty("avatar")
  public void setAvatar(Link avatar) {
    this.avatar = avatar;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Links links = (Links) o;
    return Objects.equals(this.self, links.self) &&
        Objects.equals(this.html, links.html) &&
        Objects.equals(this.avatar, links.avatar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(self, html, avatar);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Links {\n");
    
    sb.append("    self: ").append(toIndentedString(self)).append("\n");
    sb.append("    html: ").append(toIndentedString(html)).append("\n");
    sb.append("    avatar: ").append(toIndentedString(avatar)).append("\n");
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
