/** Reading an environment: the loader that applies the structural check and the rules, what it returns, and its problems. */
package io.slipway.model.loading;
