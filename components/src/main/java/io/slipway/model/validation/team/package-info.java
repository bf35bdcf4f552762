/** Rules on team files and on the environment's team settings. */
package io.slipway.model.validation.team;
