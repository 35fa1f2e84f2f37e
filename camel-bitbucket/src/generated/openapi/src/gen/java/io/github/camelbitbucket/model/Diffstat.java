package io.github.camelbitbucket.model;

import io.github.camelbitbucket.model.CommitFile;
import java.io.Serializable;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;



@JsonTypeName("Diffstat")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)

public class Diffstat  implements Serializable {
  private String type;
  private String status;
  private Integer linesAdded;
  private Integer linesRemoved;
  private CommitFile old;
  private CommitFile _new;

  public Diffstat() {
  }

  /**
   **/
  public Diffstat withType(String type) {
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
  public Diffstat withStatus(String status) {
    this.status = status;
    return this;
  }

  
  @JsonProperty("status")
  public String getStatus() {
    return status;
  }

  @JsonProperty("status")
  public void setStatus(String status) {
    this.status = status;
  }

  /**
   **/
  public Diffstat withLinesAdded(Integer linesAdded) {
    this.linesAdded = linesAdded;
    return this;
  }

  
  @JsonProperty("lines_added")
  public Integer getLinesAdded() {
    return linesAdded;
  }

  @JsonProperty("lines_added")
  public void setLinesAdded(Integer linesAdded) {
    this.linesAdded = linesAdded;
  }

  /**
   **/
  public Diffstat withLinesRemoved(Integer linesRemoved) {
    this.linesRemoved = linesRemoved;
    return this;
  }

  
  @JsonProperty("lines_removed")
  public Integer getLinesRemoved() {
    return linesRemoved;
  }

  @JsonProperty("lines_removed")
  public void setLinesRemoved(Integer linesRemoved) {
    this.linesRemoved = linesRemoved;
  }

  /**
   **/
  public Diffstat withOld(CommitFile old) {
    this.old = old;
    return this;
  }

  
  @JsonProperty("old")
  public CommitFile getOld() {
    return old;
  }

  @JsonProperty("old")
  public void setOld(CommitFile old) {
    this.old = old;
  }

  /**
   **/
  public Diffstat withNew(CommitFile _new) {
    this._new = _new;
    return this;
  }

  
  @JsonProperty("new")
  public CommitFile getNew() {
    return _new;
  }

  @JsonProperty("new")
  public void setNew(CommitFile _new) {
    this._new = _new;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Diffstat diffstat = (Diffstat) o;
    return Objects.equals(this.type, diffstat.type) &&
        Objects.equals(this.status, diffstat.status) &&
        Objects.equals(this.linesAdded, diffstat.linesAdded) &&
        Objects.equals(this.linesRemoved, diffstat.linesRemoved) &&
        Objects.equals(this.old, diffstat.old) &&
        Objects.equals(this._new, diffstat._new);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, status, linesAdded, linesRemoved, old, _new);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Diffstat {\n");
    
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    linesAdded: ").append(toIndentedString(linesAdded)).append("\n");
    sb.append("    linesRemoved: ").append(toIndentedString(linesRemoved)).append("\n");
    sb.append("    old: ").append(toIndentedString(old)).append("\n");
    sb.append("    _new: ").append(toIndentedString(_new)).append("\n");
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
