package main

import (
	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"
)

func newConfigCmd() *cobra.Command {
	c := &cobra.Command{Use: "config", Short: "Inspect the configuration"}
	c.AddCommand(&cobra.Command{
		Use:   "print",
		Short: "Print the effective configuration (defaults < file < RUNAROUND_* env < flags) as YAML",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			enc := yaml.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent(2)
			if err := enc.Encode(cfg); err != nil {
				return err
			}
			if err := enc.Close(); err != nil {
				return err
			}
			if err := cfg.Validate(); err != nil {
				cmd.PrintErrln("warning: this configuration is not valid:\n" + err.Error())
			}
			return nil
		},
	})
	return c
}
